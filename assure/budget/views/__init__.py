from . import contributions, spending, spending_imports, years

__all__ = ["contributions", "spending", "spending_imports", "years"]
