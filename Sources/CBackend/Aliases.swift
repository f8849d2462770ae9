// Aliases.swift — names that would be ambiguous in files importing both Syntax and Annotator
// (the AST has a ClassDef node; the annotator a ClassDef of instances).

import Annotator

typealias AnnotatorClassDef = ClassDef
