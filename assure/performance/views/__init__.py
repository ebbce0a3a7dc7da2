from . import area, catalogue, dataset, figures, imports

__all__ = ["area", "catalogue", "dataset", "figures", "imports"]
