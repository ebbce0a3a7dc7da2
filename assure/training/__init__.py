"""Training: courses, events, delegates and bookings, three-stage evaluation and its impact (issue 11)."""
