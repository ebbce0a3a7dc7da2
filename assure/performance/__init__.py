"""The performance dataset: indicators, their figures per period, comparators, commentary and charts (issue 10)."""
