/**
 * Allocation of refurbished devices to beneficiaries through prescribers, and the after-donation support
 * ("Service Après Don") that goes with each delivery.
 *
 * <ul>
 *   <li>{@link org.filiere.allocation.Prescriber} and {@link org.filiere.allocation.DeviceRequest}: who asks
 *       for a device, for which pseudonymous {@link org.filiere.allocation.BeneficiaryRef}, which
 *       {@link org.filiere.allocation.PriorityPublic}s and which {@link org.filiere.allocation.Need}.</li>
 *   <li>{@link org.filiere.allocation.Stock}: the allocation lifecycle of each device (in preparation,
 *       available, reserved, delivered, returned awaiting grading, recycled), with reservations that expire
 *       on an injected {@link java.time.Clock}.</li>
 *   <li>{@link org.filiere.allocation.Matcher}: deterministic proposals of available devices to open
 *       requests, with the reason each unserved request is not served.</li>
 *   <li>{@link org.filiere.allocation.SupportPlan}, {@link org.filiere.allocation.SupportFollowUp}: the
 *       coaching sessions expected after a delivery and which deliveries are behind.</li>
 *   <li>{@link org.filiere.allocation.ProofOfReuse}: the per-device report a public donor needs
 *       (décret n° 2023-266).</li>
 *   <li>{@link org.filiere.allocation.SolidarityResale}: the solidarity resale price caps (décret of
 *       7 November 2022) as violations.</li>
 * </ul>
 *
 * <p>No name, address or social data of a beneficiary ever enters this package (GDPR art. 5(1)(c), data
 * minimisation): a beneficiary is only a pseudonymous reference kept by the prescriber.
 */
package org.filiere.allocation;
