//! Upload-ready material images (issue 6).
