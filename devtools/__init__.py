"""Development helpers shared by the tests, the bench and the demo (not shipped)."""
