/** The appointment pages and API. */
@NullMarked
package vn.canbo.appointments.web;

import org.jspecify.annotations.NullMarked;
