// Letter tests (issue 4).
