package graph

import (
	"context"
	"database/sql"
	"time"

	_ "github.com/lib/pq" // the driver Cayley's postgres flavour uses
)

// pingSQL checks that a SQL server answers before Cayley tries to create
// tables on it, so an unreachable server is a quick, clear error.
func pingSQL(ctx context.Context, addr string) error {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return db.PingContext(ctx)
}
