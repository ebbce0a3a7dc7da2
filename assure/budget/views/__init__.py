from . import spending, spending_imports, years

__all__ = ["spending", "spending_imports", "years"]
