package extract

import (
	"strings"
	"testing"
)

// TestEvents: agreements struck, objects unveiled, career moves and
// aspirations are events or hopes, not positions; "X's plan" is X's
// proposal only when nobody else questions or attacks it.
func TestEvents(t *testing.T) {
	tests := []struct {
		name, text, want string // want "" means no statement
	}{
		// agree: a deal struck with a party is an event
		{"agreed a draft deal with a lender", "Estavia has agreed a draft proposal with the World Bank to borrow $2bn.", ""},
		{"agreed a loan deal", "Turkey agreed a loan deal with the IMF.", ""},
		{"agreed a contract", "The Freedom Party agreed a £5m contract for its campaign.", ""},
		{"agreed to a proposal", "Mr Okoro agreed to the French proposal on fishing quotas.", "Okoro||agrees|French proposal on fishing quotas"},
		{"agreed to withdraw own bill", "Lord Okoro agreed to withdraw his bill after its second reading.", ""},
		// unveil/announce: physical objects and personal moves
		{"unveiled plans for a memorial", "Mr Okoro unveiled plans for a memorial to the flood victims.", ""},
		{"is to build a statue", "Mr Okoro is to build a statue of the founder.", ""},
		{"decision to quit", "Mr Okoro announced his decision to quit the Freedom Party.", ""},
		{"unveiled plans stays", "The Liberal Democrats unveiled plans to scrap tuition fees.", "Liberal Democrats||announces|plans to scrap tuition fees"},
		// aspirations and bare generic objects
		{"better country", "Mr Okoro pledged to build a better country.", ""},
		{"better Britain in quotes", "Michael Howard said the Conservatives would build a \"better Britain\".", ""},
		{"bare generic object", "Mr Okoro said he would establish a system.", ""},
		{"content object stays", "Mr Okoro is to freeze fuel duty until the election.", "Okoro||proposes|freeze fuel duty"},
		{"key changes", "Mr Okoro agreed to key changes.", ""},
		{"proposed amendment alone", "Mr Okoro's proposed amendment will be debated on Tuesday.", ""},
		{"plans on the issue", "Ms Lind will announce her plans on the issue next week.", ""},
		{"move in her plan", "Ms Lind will announce the move in her Harbour Safety Plan on Monday.", ""},
		{"plans on a named issue stay", "The Greens announced plans on tuition fees.", "Green Party||announces|plans on tuition fees"},
		{"change in the law stays", "The Greens have called for a change in the law.", "Green Party||calls-for|change in the law"},
		// questions about someone's plans
		{"asked how", "Mr Okoro asked how Labour would fund its own plans.", ""},
		// possessor rule
		{"planned is a verb", "Mr Flight was sacked after suggesting the Tories planned extra spending cuts.", ""},
		{"possessor neutral", "Tory plans to cut immigration are not racist, Tory leader Michael Howard has said.", "Conservatives|Michael Howard|proposes|Tory plans to cut immigration"},
		{"possessor under attack", "Mr Okoro attacked Tory plans to cut immigration.", "Okoro||criticises|Tory plans to cut immigration"},
		{"possessor attacked before own side speaks", "Mr Okoro attacked Tory plans to cut immigration - but Tory leader Michael Howard said Labour had the same idea.", "Okoro||criticises|Tory plans to cut immigration"},
		{"possessor judged failed", "The Tories say Labour's plans to give pupils more sport have failed.", ""},
		{"possessor own side", "Mr Kennedy, the Liberal Democrat leader, underlined Lib Dem plans to scrap university fees.", "Liberal Democrats||proposes|Lib Dem plans to scrap university fees"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectOne(t, tc.text, tc.want)
		})
	}
	// "attacked Tory plans": the Tories' proposal is not read from their
	// critic's words
	for _, text := range []string{"Mr Okoro attacked Tory plans to cut immigration.", "Mr Okoro attacked Tory plans to cut immigration - but Tory leader Michael Howard said Labour had the same idea."} {
		got, _ := run(t, text)
		if all := strings.Join(got, "\n"); strings.Contains(all, "Conservatives||proposes") || strings.Contains(all, "Conservatives|Michael Howard|proposes") {
			t.Errorf("possessor read from a critic:\n%s", all)
		}
	}
	got, _ := run(t, "Tory leader Michael Howard said Labour's plans to tax pensions would cut deep.")
	if all := strings.Join(got, "\n"); strings.Contains(all, "Labour|") && strings.Contains(all, "proposes") {
		t.Errorf("possessor read from an opponent's account:\n%s", all)
	}
}
