// Package ingest turns article files into graph writes: it reads articles in
// their formats (plain text, HTML, JSON, JSON Lines, feeds) from files,
// folders or stdin, runs an Extractor over each, and writes each article's
// extraction to the graph as one unit.
package ingest
