// INTEGRATION: the storage/CLI owner replaces this with the command line.
return 0;
