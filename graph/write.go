package graph

// WriteResult says what writing an article did to the store.
type WriteResult int

const (
	Created   WriteResult = iota + 1 // the article was new
	Updated                          // an older version was replaced
	Unchanged                        // the same version was already stored; nothing written
)

func (r WriteResult) String() string {
	switch r {
	case Created:
		return "new"
	case Updated:
		return "updated"
	case Unchanged:
		return "unchanged"
	}
	return "unknown"
}
