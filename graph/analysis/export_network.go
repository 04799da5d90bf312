package analysis

import (
	"bufio"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// GraphMLNamespace is the GraphML XML namespace.
const GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns"

// graphMLKeys are the attributes a network export declares. Gephi takes
// the node attribute named "label" as the label and the edge attribute
// named "weight" as the weight; visone and others show them all.
var graphMLKeys = []struct{ id, domain, name, typ string }{
	{"label", "node", "label", "string"},
	{"type", "node", "type", "string"},
	{"kind", "node", "kind", "string"},
	{"statements", "node", "statements", "int"},
	{"weight", "edge", "weight", "double"},
	{"sign", "edge", "sign", "int"},
	{"support", "edge", "support", "int"},
	{"oppose", "edge", "oppose", "int"},
	{"proposals", "edge", "proposals", "string"},
}

// WriteGraphML writes a network as GraphML (undirected, node labels,
// types and kinds, edge weights and signs as declared attributes). It
// writes as it goes.
func WriteGraphML(w io.Writer, n Network) error {
	bw := bufio.NewWriter(w)
	x := &xmlWriter{w: bw}
	x.raw(xml.Header)
	x.raw(`<graphml xmlns="` + GraphMLNamespace + `" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="` + GraphMLNamespace + ` http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	desc := fmt.Sprintf("stancegraph %s network, normalization %s, duplicates counted once per %s", n.Mode, n.Normalization, n.Duplicates)
	if !n.Start.IsZero() {
		desc += fmt.Sprintf(", window %s to %s", dateString(n.Start), dateString(n.End))
	}
	x.raw("  <desc>")
	x.text(desc)
	x.raw("</desc>\n")
	for _, k := range graphMLKeys {
		x.raw(`  <key id="` + k.id + `" for="` + k.domain + `" attr.name="` + k.name + `" attr.type="` + k.typ + `"/>` + "\n")
	}
	x.raw(`  <graph id="`)
	x.text(string(n.Mode))
	x.raw(`" edgedefault="undirected">` + "\n")
	for _, nd := range n.Nodes {
		x.raw(`    <node id="`)
		x.text(nd.ID)
		x.raw(`">`)
		x.data("label", nd.Label)
		x.data("type", nd.Type)
		if nd.Kind != "" {
			x.data("kind", nd.Kind)
		}
		x.data("statements", strconv.Itoa(nd.Statements))
		x.raw("</node>\n")
	}
	for i, e := range n.Edges {
		x.raw(`    <edge id="e` + strconv.Itoa(i) + `" source="`)
		x.text(e.Source)
		x.raw(`" target="`)
		x.text(e.Target)
		x.raw(`">`)
		x.data("weight", strconv.FormatFloat(e.Weight, 'g', -1, 64))
		x.data("sign", strconv.Itoa(e.Sign))
		if n.Mode == TwoMode {
			x.data("support", strconv.Itoa(e.Support))
			x.data("oppose", strconv.Itoa(e.Oppose))
		}
		if len(e.Proposals) > 0 {
			x.data("proposals", strings.Join(e.Proposals, ";"))
		}
		x.raw("</edge>\n")
	}
	x.raw("  </graph>\n</graphml>\n")
	if x.err != nil {
		return x.err
	}
	return bw.Flush()
}

// xmlWriter writes XML text, remembering the first error.
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

func (x *xmlWriter) raw(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

func (x *xmlWriter) text(s string) {
	if x.err == nil {
		x.err = xml.EscapeText(x.w, []byte(s))
	}
}

func (x *xmlWriter) data(key, value string) {
	x.raw(`<data key="` + key + `">`)
	x.text(value)
	x.raw("</data>")
}

// CSV parts of a network export.
const (
	PartNodes = "nodes"
	PartEdges = "edges"
)

// WriteNetworkCSV writes the node list or the edge list of one or more
// networks as CSV with Gephi's spreadsheet-import headers (Id, Label;
// Source, Target, Type, Weight). When a network has a window, each row
// also carries window_start and window_end, so a moving-window series is
// one file.
func WriteNetworkCSV(w io.Writer, nets []Network, part string) error {
	cw := csv.NewWriter(w)
	windowed := len(nets) > 0 && !nets[0].Start.IsZero()
	var head []string
	switch part {
	case PartNodes:
		head = []string{"Id", "Label", "type", "kind", "statements"}
	case PartEdges, "":
		part = PartEdges
		head = []string{"Source", "Target", "Type", "Weight", "sign", "support", "oppose", "proposals"}
	default:
		return badOption("unknown CSV part %q (want nodes or edges)", part)
	}
	if windowed {
		head = append(head, "window_start", "window_end")
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, n := range nets {
		win := func(rec []string) []string {
			if windowed {
				rec = append(rec, dateString(n.Start), dateString(n.End))
			}
			return rec
		}
		if part == PartNodes {
			for _, nd := range n.Nodes {
				if err := cw.Write(win([]string{nd.ID, nd.Label, nd.Type, nd.Kind, strconv.Itoa(nd.Statements)})); err != nil {
					return err
				}
			}
		} else {
			for _, e := range n.Edges {
				rec := []string{e.Source, e.Target, "Undirected", strconv.FormatFloat(e.Weight, 'g', -1, 64), strconv.Itoa(e.Sign),
					strconv.Itoa(e.Support), strconv.Itoa(e.Oppose), strings.Join(e.Proposals, ";")}
				if err := cw.Write(win(rec)); err != nil {
					return err
				}
			}
		}
		cw.Flush() // a network at a time
		if err := cw.Error(); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
