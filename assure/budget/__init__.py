"""The partnership's pooled budget: financial years, budget lines, partner contributions, spending, the position
(issue 11)."""
