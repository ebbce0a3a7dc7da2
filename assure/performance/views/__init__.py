from . import dataset, quarters

__all__ = ["dataset", "quarters"]
