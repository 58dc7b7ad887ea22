// INTEGRATION: the benchmark owner replaces this with the benchmark.
return 0;
