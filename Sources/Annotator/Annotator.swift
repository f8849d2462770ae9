// Placeholder until the Annotator stage lands.
