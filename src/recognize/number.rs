//! Korean number grammar (being written).
