"""Use cases both faces call: each owns validation, the safety screen, limits and policy,
and returns a typed result the CLI and the web app only render."""
