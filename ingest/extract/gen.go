package extract

//go:generate go run ./internal/gengaz -o gazetteer.tsv -curated internal/gengaz/curated.tsv
