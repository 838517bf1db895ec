// Image tests (issue 6).
