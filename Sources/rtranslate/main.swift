print("rtranslate: not yet assembled")
