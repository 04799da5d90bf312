// Package pipeline assembles the extraction stages.
package pipeline
