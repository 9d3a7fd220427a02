"""Framing: persuasion techniques (SemEval-2023 Task 3) as spans over the cleaned text."""
