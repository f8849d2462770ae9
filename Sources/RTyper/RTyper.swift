// Placeholder until the RTyper stage lands.
