//! Coreference: short forms that point back to an entity named earlier.
