from . import area, catalogue, dataset, figures, imports, quarters

__all__ = ["area", "catalogue", "dataset", "figures", "imports", "quarters"]
