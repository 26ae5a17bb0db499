"""Statement Tracker: who said what, when, in diplomatic news."""
