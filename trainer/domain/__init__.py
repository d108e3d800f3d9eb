"""Plain-Python domain: content models, grading, scenarios and scheduling. Imports no Qt."""
