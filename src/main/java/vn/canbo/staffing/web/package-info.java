/**
 * Pages and API of staffing: reports, quotas, post histories, standards and the
 * catalogue.
 */
@NullMarked
package vn.canbo.staffing.web;

import org.jspecify.annotations.NullMarked;
