<?php
// src/Controller/PaymentReturnController.php — Symfony route for the card payment return URL.
namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

final class PaymentReturnController extends AbstractController
{
    #[Route('/payment/return', name: 'payment_return', methods: ['GET'])]
    public function __invoke(Request $request): Response
    {
        $status = $request->query->get('transactionStatus');
        $reference = $request->query->get('transactionReference');

        return $this->render('payment/return.html.twig', [
            'paid' => $status === 'APPROVED',
            'orderReference' => $reference,
        ]);
    }
}
