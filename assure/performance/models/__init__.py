"""The performance dataset's records (README.md lists them)."""
from .areas import Authority, Neighbour
from .commentary import Commentary, PackPaper, QuarterApproval
from .figures import SUPPRESSION_CODES, ComparatorFigure, Figure
from .imports import DatasetImport
from .indicators import Indicator

__all__ = ["SUPPRESSION_CODES", "Authority", "Commentary", "ComparatorFigure", "DatasetImport", "Figure", "Indicator",
           "Neighbour", "PackPaper", "QuarterApproval"]
