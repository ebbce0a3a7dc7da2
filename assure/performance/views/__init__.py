from . import dataset, imports

__all__ = ["dataset", "imports"]
