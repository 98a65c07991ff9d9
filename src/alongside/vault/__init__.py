"""The encrypted private record."""
