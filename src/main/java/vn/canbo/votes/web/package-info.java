/** The confidence-vote pages and API. */
@NullMarked
package vn.canbo.votes.web;

import org.jspecify.annotations.NullMarked;
