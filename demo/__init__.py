"""`make demo`: a session with the CLI and the SDK against the stateful mock."""
