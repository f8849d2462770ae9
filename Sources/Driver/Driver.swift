// Placeholder until the Driver stage lands.
