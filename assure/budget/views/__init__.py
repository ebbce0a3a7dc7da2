from . import years

__all__ = ["years"]
