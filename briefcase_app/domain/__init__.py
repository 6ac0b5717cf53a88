"""Domain: dataclasses and pure functions; imports nothing else of Briefcase."""
