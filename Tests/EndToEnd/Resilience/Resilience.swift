import Testing

/// The resilience suites that start all six services, one at a time: each floods them with
/// hostile input, and the parallel test pass shares two cores and one PostgreSQL with every other
/// suite. (The disruption suite stands apart: it runs in the serial pass.)
@Suite(.serialized)
enum Resilience {}
