package extract

import (
	"testing"
)

// TestBusinessEvents: business news reports events (a payment approved, a
// forecast cut, a stake bought, results announced) and denials about the
// holder itself; none is a position. Each precision rule has a kept case.
func TestBusinessEvents(t *testing.T) {
	tests := []struct {
		name, text, want string // want "" means no statement
	}{
		{"rejected allegations", "Mr Okoro rejected allegations that he had misled the board.", ""},
		{"denied speculation", "Mr Okoro denied speculation that he would resign.", ""},
		{"suggestion about a person", "Mr Okoro rejected a suggestion that he had lied to the auditors.", ""},
		{"claims about a plan stay", "Mr Okoro dismissed claims that the toll plan would cost jobs.", "Okoro||dismisses|claims that the toll plan"},
		{"approved a payment", "Mr Okoro approved the payment of 5m euros to two former directors.", ""},
		{"approved a dividend", "Mr Okoro approved a dividend of 5p a share.", ""},
		{"approved a policy stays", "Germany approved the ban on diesel cars.", "Germany||approves|ban on diesel cars"},
		{"announce its budget", "The White House will announce its budget on Monday.", ""},
		{"announced a plan with content stays", "Germany announced plans to ban diesel cars.", "Germany||announces|plans to ban diesel cars"},
		{"cut its forecast", "The IMF is to cut its growth forecast for Estavia.", ""},
		{"reduce its estimate", "The IMF will reduce its estimate for the eurozone economy.", ""},
		{"committed policy stays", "The IMF is to cut its lending to Estavia.", "International Monetary Fund||proposes|cut its lending"},
		{"plans to buy a stake", "Germany announced plans to buy 20% of the airline.", ""},
		{"plans to raise an amount", "France plans to raise $2bn from the flotation.", ""},
		{"plans to buy goods stays", "Germany announced plans to buy new trains for the railways.", "Germany||announces|plans to buy new trains"},
		{"upgrade is positive", "\"The upgrade is positive,\" Mr Okoro said.", ""},
		{"demand was impressive", "\"The demand for the shares was impressive,\" Mr Okoro said.", ""},
		{"plan is positive stays", "\"The toll plan is positive,\" Mr Okoro said.", "Okoro||welcomes|toll plan"},
		{"demanding adjective", "Vodafone struggled to satisfy Japan's technologically demanding customers.", ""},
		{"possible move", "The unions criticised the possible move.", ""},
		{"possible with content stays", "The Greens criticised the possible closure of the mine.", "Green Party||criticises|possible closure of the mine"},
		{"blamed X on Y", "Mr Okoro blamed the closures on the end of textile quotas.", ""},
		{"blame stays", "Mr Okoro blamed the Freedom Party for the closures.", "Okoro||criticises|Freedom Party"},
		{"its new initiative", "Nigeria announced its new initiative.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectOne(t, tc.text, tc.want)
		})
	}
}
