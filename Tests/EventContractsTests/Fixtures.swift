// filled in with the tests
