from . import contributions, years

__all__ = ["contributions", "years"]
