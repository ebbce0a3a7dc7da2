from . import area, catalogue, dataset, figures

__all__ = ["area", "catalogue", "dataset", "figures"]
