// Placeholder until the CBackend stage lands.
