from . import dataset

__all__ = ["dataset"]
