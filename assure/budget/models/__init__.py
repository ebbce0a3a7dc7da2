"""The budget's records (README.md lists them)."""
from .contributions import Contribution, Invoice, Payment
from .spending import Spending
from .spending_imports import SpendingImport
from .years import BudgetLine, FinancialYear

__all__ = ["BudgetLine", "Contribution", "FinancialYear", "Invoice", "Payment", "Spending", "SpendingImport"]
