// Placeholder until the Flow stage lands.
