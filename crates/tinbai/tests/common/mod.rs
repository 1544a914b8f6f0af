//! Helpers shared by the integration tests.

pub mod invariants;
#[allow(dead_code)]
pub mod scoring;
