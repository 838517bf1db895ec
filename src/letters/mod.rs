//! Printable letters (issue 4).
